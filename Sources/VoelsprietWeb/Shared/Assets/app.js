// The only script: lets a researcher pick an instrument file instead of pasting its JSON.
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
