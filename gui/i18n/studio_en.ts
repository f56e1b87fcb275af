<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <location filename="../about.py" line="+136"/>
        <source>Built with %n component(s), each under its own licence</source>
        <translation>
            <numerusform>Built with %n component, under its own licence</numerusform>
            <numerusform>Built with %n components, each under its own licence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionWarnings</name>
    <message numerus="yes">
        <location filename="../production/caption_panel.py" line="+110"/>
        <source>%1 takes %n hashtag(s) here, official ones (%4) first: left out your extra hashtags %3.</source>
        <translation>
            <numerusform>%1 takes %n hashtag here, official ones (%4) first: left out your extra hashtags %3.</numerusform>
            <numerusform>%1 takes %n hashtags here, official ones (%4) first: left out your extra hashtags %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 takes %n hashtag(s) here: left out your extra hashtags %3.</source>
        <translation>
            <numerusform>%1 takes %n hashtag here: left out your extra hashtags %3.</numerusform>
            <numerusform>%1 takes %n hashtags here: left out your extra hashtags %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 allows %n hashtag(s): left out %3.</source>
        <translation>
            <numerusform>%1 allows %n hashtag: left out %3.</numerusform>
            <numerusform>%1 allows %n hashtags: left out %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 hashtags in the text; %2 allows %n.</source>
        <translation>
            <numerusform>%1 hashtags in the text; %2 allows %n.</numerusform>
            <numerusform>%1 hashtags in the text; %2 allows %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <location filename="../production/export_panel.py" line="+338"/>
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
        <location line="+175"/>
        <source>%n file(s) will be made</source>
        <translation>
            <numerusform>%n file will be made</numerusform>
            <numerusform>%n files will be made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <location line="+23"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n photo or clip</numerusform>
            <numerusform>%n photos or clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n recap video(s) will be made</source>
        <translation>
            <numerusform>%n recap video will be made</numerusform>
            <numerusform>%n recap videos will be made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n platform</numerusform>
            <numerusform>%n platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message numerus="yes">
        <location filename="../library/library_dialog.py" line="+142"/>
        <source>%n update(s) are ready. Events you already made keep their versions until you update them.</source>
        <translation>
            <numerusform>%n update is ready. Events you already made keep their versions until you update them.</numerusform>
            <numerusform>%n updates are ready. Events you already made keep their versions until you update them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n folder(s); last read %1.</source>
        <translation>
            <numerusform>%n folder; last read %1.</numerusform>
            <numerusform>%n folders; last read %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="+96"/>
        <source>%n template(s) could not be loaded</source>
        <translation>
            <numerusform>%n template could not be loaded</numerusform>
            <numerusform>%n templates could not be loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+201"/>
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
        <location filename="../production/media_list.py" line="+252"/>
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
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../calendar/grid.py" line="+329"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message numerus="yes">
        <location filename="../calendar/reminders.py" line="+91"/>
        <source>… and %n more in the calendar</source>
        <translation>
            <numerusform>… and %n more in the calendar</numerusform>
            <numerusform>… and %n more in the calendar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message numerus="yes">
        <location filename="../library/sources_panel.py" line="+214"/>
        <source>%n package(s) were refused: see Shared library.</source>
        <translation>
            <numerusform>%n package was refused: see Shared library.</numerusform>
            <numerusform>%n packages were refused: see Shared library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LibraryStatus</name>
    <message numerus="yes">
        <location filename="../library/__init__.py" line="+132"/>
        <source>Shared library: %n update(s)</source>
        <translation>
            <numerusform>Shared library: %n update</numerusform>
            <numerusform>Shared library: %n updates</numerusform>
        </translation>
    </message>
</context>
</TS>
