var VERSION = "6893838013bbf111";
importScripts("static/offline.js");
