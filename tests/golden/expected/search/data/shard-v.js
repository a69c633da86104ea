peerdirSearchData("shard-v",
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
  "video",
  "virtual"
 ],
 "vectors": {
  "k": [
   [
    2,
    0,
    2007,
    1,
    2007
   ]
  ]
 },
 "version": "2.3.9"
},
"c81c72fb62");
