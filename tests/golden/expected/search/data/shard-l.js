peerdirSearchData("shard-l",
{
 "fields": [
  "n",
  "t",
  "a",
  "o",
  "s",
  "k",
  "l",
  "r",
  "d",
  "w"
 ],
 "terms": [
  "live"
 ],
 "vectors": {
  "s": [
   [
    2,
    0,
    4142
   ]
  ]
 },
 "version": "2.3.9"
},
"430601f860");
