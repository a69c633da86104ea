peerdirSearchData("shard-4",
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
  "4th"
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
"892ebed538");
