var VERSION = "5431900c72d0bba7";
importScripts("static/offline.js");
