var VERSION = "abef27d1c8deef04";
importScripts("static/offline.js");
