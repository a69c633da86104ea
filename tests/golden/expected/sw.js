var VERSION = "0e93d7da2077e207";
importScripts("static/offline.js");
