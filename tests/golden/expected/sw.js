var VERSION = "20f8d0dbec038c1a";
importScripts("static/offline.js");
