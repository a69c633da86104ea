var VERSION = "a86fad8bf461367f";
importScripts("static/offline.js");
