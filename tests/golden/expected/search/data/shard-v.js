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
    1857,
    1,
    1857
   ]
  ]
 },
 "version": "2.3.9"
},
"096811cd08");
