// Main job placeholder until the collector demo lands (issue 6).
console.log('Genbridge: the demo intranet arrives with @genbridge/collector.');
