var VERSION = "244c2630eb2a2c5b";
importScripts("static/offline.js");
