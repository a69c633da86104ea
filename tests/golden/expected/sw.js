var VERSION = "3268dae293f683a8";
importScripts("static/offline.js");
