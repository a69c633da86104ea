var VERSION = "ff3687e2ffc36aa2";
importScripts("static/offline.js");
