var VERSION = "161c93f5359b8046";
importScripts("static/offline.js");
