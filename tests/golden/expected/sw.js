var VERSION = "348f362e797c9235";
importScripts("static/offline.js");
