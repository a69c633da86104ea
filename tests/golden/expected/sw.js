var VERSION = "2bf71d152f6d6082";
importScripts("static/offline.js");
