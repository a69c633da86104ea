peerdirSearchData("meta",{"chunk":50,"docs":10,"fields":["n","t","a","o","s","k","l","r","d"],"shards":["7","_","a","b","c","e","f","g","h","l","n","o","p","r","s","t","w"]});
