var VERSION = "00d41821c6836c7c";
importScripts("static/offline.js");
