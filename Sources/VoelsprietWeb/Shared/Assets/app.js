// Researcher pages. Lets a researcher pick an instrument file instead of pasting its JSON.
// Without JavaScript the textarea still works.
(function () {
  var input = document.querySelector('input[type=file][data-fills]');
  if (!input || !window.FileReader) return;
  input.hidden = false;
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      document.getElementById(input.getAttribute('data-fills')).value = reader.result;
      var json = document.getElementById('source-json');
      if (json) json.checked = true;
    };
    reader.readAsText(file, 'utf-8');
  });
})();

// The questionnaire builder: an item form shows only the fields of the chosen type (the server
// reads only those anyway). Without JavaScript every field is shown.
(function () {
  function sync(select) {
    var form = select.form;
    if (!form) return;
    var fields = form.querySelectorAll('[data-for-types]');
    for (var i = 0; i < fields.length; i++) {
      var types = fields[i].getAttribute('data-for-types').split(' ');
      fields[i].hidden = types.indexOf(select.value) < 0;
    }
  }
  var selects = document.querySelectorAll('select[data-item-type]');
  for (var i = 0; i < selects.length; i++) sync(selects[i]);
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('select[data-item-type]')) sync(event.target);
  });
})();
