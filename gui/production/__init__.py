"""The production view: template, event form, media, preview, captions and export.

One module per part; :mod:`gui.production.view` puts them side by side. All
parts look at the same :class:`~gui.session.EventSession`.
"""
