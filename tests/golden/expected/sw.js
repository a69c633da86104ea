var VERSION = "70ab5024f9e3aeb6";
importScripts("static/offline.js");
