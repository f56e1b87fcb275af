"""The shared template library: templates and the brand kit from shared folders.

Diskominfo's designers publish signed packages into a folder every office can
read (a network share, a synced Nextcloud/OneDrive/Google Drive folder, a USB
stick); each PIC's app copies what it uses into a local cache and keeps
working from that copy when the folder is out of reach. No server of our own.

Modules, lowest first:

- ``versions``  comparing ``1.2.0``-style versions
- ``files``     atomic writes and a lock file for the local cache and the share
- ``keys``      Ed25519 key pairs and the key files designers and administrators hold
- ``signing``   the SHA-256 manifest of every file of a folder and its signature
- ``trust``     the keys this computer trusts (the city's key ships with the brand kit)
- ``trustlist`` the administrator's signed list of designer keys and revocations
- ``store``     the local cache of verified versions and which one is in use
- ``official``  is a folder official (remembered answers); the brand kit in force
- ``installed`` what the template library reads from that cache
- ``sources``   the list of library folders (Settings)
- ``share``     the layout of a library folder; publishing into it atomically
- ``packages``  building signed packages; opening them (member checks, signature, validation)
- ``sync``      reading the sources into the cache; updates and rollback
- ``publish``   signing a template or the brand kit and publishing it
- ``pins``      an event keeps the template versions it was made with

``keys``, ``signing``, ``trust``, ``trustlist``, ``store`` and ``official``
know nothing of templates (the brand kit asks ``official`` which kit is in
force); ``installed`` knows the template model (the template library asks it
which shared templates are in use and official); ``share``, ``packages``,
``sync``, ``publish`` and ``pins`` read and write packages and events and so
sit above ``studio.template``. This file imports none of them, so either side
can import the part it needs without a cycle.
"""
