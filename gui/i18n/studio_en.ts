<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <location filename="../production/export_panel.py" line="+227"/>
        <source>%n file(s) were finished before that.</source>
        <translation>
            <numerusform>%n file was finished before that.</numerusform>
            <numerusform>%n files were finished before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) written; some could not be made:</source>
        <translation>
            <numerusform>%n file written; some could not be made:</numerusform>
            <numerusform>%n files written; some could not be made:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>Done: %n file written.</numerusform>
            <numerusform>Done: %n files written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) were already done by an earlier export and were kept.</source>
        <translation>
            <numerusform>%n file was already done by an earlier export and was kept.</numerusform>
            <numerusform>%n files were already done by an earlier export and were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n file(s) will be made</source>
        <translation>
            <numerusform>%n file will be made</numerusform>
            <numerusform>%n files will be made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n photo or clip</numerusform>
            <numerusform>%n photos or clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n platform</numerusform>
            <numerusform>%n platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="+80"/>
        <source>%n template(s) could not be loaded</source>
        <translation>
            <numerusform>%n template could not be loaded</numerusform>
            <numerusform>%n templates could not be loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%n photo(s) or video(s) of this event are missing</source>
        <translation>
            <numerusform>%n photo or video of this event is missing</numerusform>
            <numerusform>%n photos or videos of this event are missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) were found in a new place</source>
        <translation>
            <numerusform>%n file was found in a new place</numerusform>
            <numerusform>%n files were found in a new place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message numerus="yes">
        <location filename="../production/media_list.py" line="+248"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be used</source>
        <translation>
            <numerusform>%n cannot be used</numerusform>
            <numerusform>%n cannot be used</numerusform>
        </translation>
    </message>
</context>
</TS>
