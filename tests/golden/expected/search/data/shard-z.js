peerdirSearchData("shard-z",
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
  "zoom"
 ],
 "vectors": {
  "k": [
   [
    2,
    0,
    1801
   ]
  ]
 },
 "version": "2.3.9"
},
"a11f709907");
