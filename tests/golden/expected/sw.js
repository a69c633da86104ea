var VERSION = "2fe296da064d7f66";
importScripts("static/offline.js");
