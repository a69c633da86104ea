peerdirSearchData("shard-2",
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
  "2",
  "20",
  "23",
  "2nd"
 ],
 "vectors": {
  "d": [
   [
    1,
    2,
    1352
   ],
   [
    1,
    0,
    792,
    1,
    792,
    2,
    792
   ]
  ]
 },
 "version": "2.3.9"
},
"0914dfe0d9");
