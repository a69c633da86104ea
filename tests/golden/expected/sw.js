var VERSION = "42a07d09c2a362fc";
importScripts("static/offline.js");
