peerdirSearchData("shard-d",
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
  "dublin"
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
"cf59c922f0");
