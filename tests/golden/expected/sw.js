var VERSION = "9461671dd80fd670";
importScripts("static/offline.js");
