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
    2070,
    1,
    2070
   ]
  ]
 },
 "version": "2.3.9"
},
"09db852437");
