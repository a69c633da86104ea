peerdirSearchData("meta",{"chunk":50,"docs":10,"fields":["n","t","a","o","s","k","l","r","d"],"shards":["1","2","4","7","_","a","b","c","d","e","f","g","h","l","m","n","o","p","r","s","t","w"]});
