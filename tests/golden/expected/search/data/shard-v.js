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
    1789,
    1,
    1789
   ]
  ]
 },
 "version": "2.3.9"
},
"6beda633dc");
