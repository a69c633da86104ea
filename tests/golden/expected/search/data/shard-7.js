peerdirSearchData("shard-7",
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
  "7"
 ],
 "vectors": {
  "d": [
   [
    5,
    0,
    2610
   ]
  ]
 },
 "version": "2.3.9"
},
"4c2e38d8bd");
