var VERSION = "2684f9a5ba7666ad";
importScripts("static/offline.js");
