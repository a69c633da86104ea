var VERSION = "a70b7b8c9d236161";
importScripts("static/offline.js");
