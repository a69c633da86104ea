peerdirSearchData("shard-m",
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
  "mon",
  "month"
 ],
 "vectors": {
  "d": [
   [
    1,
    0,
    1352
   ],
   [
    1,
    1,
    792
   ]
  ]
 },
 "version": "2.3.9"
},
"9a77e04b3a");
