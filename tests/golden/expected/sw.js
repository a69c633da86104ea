var VERSION = "8616d5d48ce374b3";
importScripts("static/offline.js");
