var VERSION = "d61c670c6e952072";
importScripts("static/offline.js");
