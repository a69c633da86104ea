var VERSION = "79255e6815422a38";
importScripts("static/offline.js");
