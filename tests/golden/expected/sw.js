var VERSION = "d03d738e01fe3f70";
importScripts("static/offline.js");
