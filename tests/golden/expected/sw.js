var VERSION = "5c7f20f70738fc98";
importScripts("static/offline.js");
