var VERSION = "bc54bfcdfbb9854b";
importScripts("static/offline.js");
