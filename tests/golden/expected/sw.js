var VERSION = "4614267a3d42a35e";
importScripts("static/offline.js");
