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
    2154,
    1,
    2154
   ]
  ]
 },
 "version": "2.3.9"
},
"9cbe209792");
