var VERSION = "3733a3fe26bea961";
importScripts("static/offline.js");
