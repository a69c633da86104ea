var VERSION = "544b1d7678d5ee9a";
importScripts("static/offline.js");
