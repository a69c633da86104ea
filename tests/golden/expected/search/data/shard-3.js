peerdirSearchData("shard-3",
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
  "30"
 ],
 "vectors": {
  "d": [
   [
    2,
    0,
    792
   ]
  ]
 },
 "version": "2.3.9"
},
"698ed7398a");
