var VERSION = "7c38431023e8bd36";
importScripts("static/offline.js");
