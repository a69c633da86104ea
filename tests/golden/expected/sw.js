var VERSION = "574a129066b04c95";
importScripts("static/offline.js");
