var VERSION = "e0875f3eab2ed373";
importScripts("static/offline.js");
