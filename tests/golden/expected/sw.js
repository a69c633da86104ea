var VERSION = "fc634d0279ae5120";
importScripts("static/offline.js");
